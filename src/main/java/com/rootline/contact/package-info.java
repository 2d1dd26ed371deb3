/**
 * The contact record: names, typed phones (E.164-normalised), e-mails, postal addresses, family
 * dates, groups, tags, status, custom fields, the interaction log, search and removal.
 * <p>
 * Graph shape: {@code (:Contact)} holds the scalar fields and maintained sort and search keys;
 * {@code -[:HAS_PHONE]->(:PhoneNumber {e164})} and {@code -[:HAS_EMAIL]->(:EmailAddress
 * {normalized})} share identity nodes so that duplicate checks are index seeks;
 * {@code -[:HAS_ADDRESS]->(:PostalAddress)}, {@code -[:IN_GROUP]->(:Group)},
 * {@code -[:TAGGED]->(:Tag)} and {@code -[:HAD]->(:Interaction)} hang off the contact.
 */
package com.rootline.contact;
