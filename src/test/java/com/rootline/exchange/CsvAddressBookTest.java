package com.rootline.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Error reports name the line a row starts on, whatever blank lines and multi-line cells came before. */
class CsvAddressBookTest {

	@Test
	void rowsKnowTheLineTheyStartOn() throws Exception {
		String file = "First Name,Last Name,Notes\r\n" // line 1
				+ "Ann,One,short\r\n" // line 2
				+ "\r\n" // line 3, blank
				+ "Bob,Two,\"three\r\nline\nnote\"\r\n" // lines 4-6
				+ "\n" // line 7, blank
				+ "Cy,Three,last"; // line 8, no final break
		List<String> seen = new ArrayList<>();
		try (CsvAddressBook book = new CsvAddressBook(new StringReader(file), new GoogleCsv())) {
			while (book.hasNext()) {
				AddressBook.Entry entry = book.next();
				seen.add(entry.row().names().firstName() + "@" + entry.line());
			}
		}
		assertThat(seen).containsExactly("Ann@2", "Bob@4", "Cy@8");
	}

}
