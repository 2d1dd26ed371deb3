/**
 * Address books in and out. Imports are jobs: the uploaded file is kept on disk, read as a stream
 * in chunks, and each chunk's contacts are written together with the job's counters and checkpoint
 * in one transaction, so that a crash loses no committed chunk and a restart resumes after the last
 * one. Formats: Google Contacts CSV, Outlook CSV, vCard 2.1/3.0/4.0 and Rootline's own CSV, which
 * also rebuilds referral edges and lead sources in a second pass. Exports write Rootline CSV.
 */
package com.rootline.exchange;
