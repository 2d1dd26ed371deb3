UNWIND $contactIds AS contactId
RETURN contactId, COUNT { MATCH (i:Interaction {contactId: contactId}) } AS total
