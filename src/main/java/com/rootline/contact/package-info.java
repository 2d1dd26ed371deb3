/**
 * The contact record: names, typed phones (E.164-normalised), e-mails, postal addresses, family
 * dates, groups, tags, status, custom fields, the interaction log, search and removal.
 * <p>
 * Graph shape: {@code (:Contact)} holds the scalar fields and maintained sort and search keys;
 * {@code -[:HAS_PHONE]->(:PhoneNumber {e164})} and {@code -[:HAS_EMAIL]->(:EmailAddress
 * {normalized})} share identity nodes so that duplicate checks are index seeks;
 * {@code -[:HAS_ADDRESS]->(:PostalAddress)}, {@code -[:IN_GROUP]->(:Group)},
 * {@code -[:TAGGED]->(:Tag)} and {@code -[:HAD]->(:Interaction)} hang off the contact.
 * {@code (:TouchDay {on, contacts, scoring})} counts contacts by the day they were last in touch,
 * for today's gift plan, and {@code (:BookCount)} counts the book per week and owner for database
 * growth; every contact writer names the contacts it changed ({@link com.rootline.facts.ContactsChanged}).
 * The search index is refreshed in the background after commits; searches wait for it
 * ({@code SearchIndex}).
 */
package com.rootline.contact;
