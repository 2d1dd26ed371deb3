package com.rootline.contact;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * When an incoming record (an imported row, a web lead) is the same person as a stored contact.
 * One shared attribute is not enough: offices and families share phones, and couples share an
 * e-mail. The rule:
 * <ul>
 * <li>a Rootline id, an external id or the fingerprint of the same row imported before is the
 * same person;</li>
 * <li>an e-mail is the same person unless the names disagree;</li>
 * <li>a phone is the same person only when the names agree, and at least one name is on both
 * sides.</li>
 * </ul>
 * Names agree when each part present on both sides is the same after folding case, accents and
 * punctuation, a first name may also be an initial or a shortening of the other ("J.", "Rob" for
 * "Robert"). A candidate found by e-mail or phone whose name disagrees is not matched, and neither
 * is one of two that both fit: the incoming record becomes a new contact, and the pairs are
 * recorded for review.
 */
final class ContactMatching {

	/** How a candidate was found, strongest first. */
	enum Evidence {

		ID, EXTERNAL_ID, SAME_ROW, EMAIL, PHONE

	}

	record Candidate(String id, Evidence by, String firstName, String lastName) {
	}

	record Decision(Optional<String> match, List<Candidate> keptApart) {
	}

	private ContactMatching() {
	}

	/**
	 * The candidate the record is, if any, and the ones it shares an attribute with but is not kept
	 * together with. Two different contacts that both fit one e-mail (or one phone) make the record
	 * ambiguous: it matches neither, rather than the wrong one.
	 */
	static Decision decide(String firstName, String lastName, List<Candidate> candidates) {
		for (Candidate c : candidates) {
			if (c.by() == Evidence.ID || c.by() == Evidence.EXTERNAL_ID || c.by() == Evidence.SAME_ROW) {
				return new Decision(Optional.of(c.id()), List.of());
			}
		}
		for (Evidence by : List.of(Evidence.EMAIL, Evidence.PHONE)) {
			List<String> fitting = candidates.stream()
				.filter(c -> c.by() == by && fits(firstName, lastName, c))
				.map(Candidate::id)
				.distinct()
				.toList();
			if (fitting.size() == 1) {
				return new Decision(Optional.of(fitting.getFirst()), List.of());
			}
		}
		Map<String, Candidate> apart = new LinkedHashMap<>();
		candidates.forEach(c -> apart.putIfAbsent(c.id(), c));
		return new Decision(Optional.empty(), List.copyOf(apart.values()));
	}

	private static boolean fits(String firstName, String lastName, Candidate c) {
		boolean agree = namesAgree(firstName, lastName, c.firstName(), c.lastName());
		return c.by() == Evidence.EMAIL ? agree : agree && sharesAName(firstName, lastName, c.firstName(), c.lastName());
	}

	static boolean namesAgree(String first1, String last1, String first2, String last2) {
		String l1 = ContactRules.fold(last1);
		String l2 = ContactRules.fold(last2);
		if (!l1.isEmpty() && !l2.isEmpty() && !l1.equals(l2)) {
			return false;
		}
		String f1 = ContactRules.fold(first1);
		String f2 = ContactRules.fold(first2);
		return f1.isEmpty() || f2.isEmpty() || firstNamesAgree(f1, f2);
	}

	private static boolean sharesAName(String first1, String last1, String first2, String last2) {
		boolean lasts = !ContactRules.fold(last1).isEmpty() && !ContactRules.fold(last2).isEmpty();
		boolean firsts = !ContactRules.fold(first1).isEmpty() && !ContactRules.fold(first2).isEmpty();
		return lasts || firsts;
	}

	private static boolean firstNamesAgree(String a, String b) {
		if (a.equals(b)) {
			return true;
		}
		String shorter = a.length() <= b.length() ? a : b;
		String longer = a.length() <= b.length() ? b : a;
		// "j" for "john", "rob" for "robert"; "jo" is too little to tell "john" from "joan".
		return (shorter.length() == 1 || shorter.length() >= 3) && longer.startsWith(shorter);
	}

}
