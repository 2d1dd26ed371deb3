package com.rootline.contact;

import java.util.List;

/**
 * Contacts whose record was just written (created, edited, imported, merged into), published
 * inside the writing transaction, so that facts derived from the record follow it before commit.
 */
public record ContactsWritten(List<String> ids) {
}
