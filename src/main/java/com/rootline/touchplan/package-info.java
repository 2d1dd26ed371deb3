/**
 * Touch plans: a named list of steps (a day offset, a kind, a title, an optional message) such as
 * the seeded 8x8 and 33 Touch. Enrolling a contact schedules every step as a task for the
 * contact's owner; an enrolment is paused (open steps on hold), resumed (they shift by the pause)
 * or cancelled (open steps removed, done ones kept). Enrolling a whole contacts filter is a job
 * claimed with a lease in the graph, resumable and safe on several instances.
 * <p>
 * Graph shape: {@code (:TouchPlan {stepOffsets, stepKinds, stepTitles, stepTemplates})},
 * {@code (:Enrollment {key: planId|contactId})} while not cancelled, steps as
 * {@code (:Task {enrollmentId, stepIndex})}, jobs as {@code (:EnrollmentJob)}.
 */
package com.rootline.touchplan;
