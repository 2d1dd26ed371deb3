MATCH (a:Appointment) WHERE a.id IN $ids
// @include calendar/_return-appointment
