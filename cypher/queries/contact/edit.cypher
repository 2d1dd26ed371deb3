// Writes one contact (see _write) and answers with it as it now stands, in the same statement:
// the edit needs no read after it.
// @include contact/_write
// @include contact/_return-record
