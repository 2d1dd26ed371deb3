package com.rootline.today;

/** The kinds of dates that matter, in the order a day lists them. */
enum DateKind {
	BIRTHDAY, SPOUSE_BIRTHDAY, CHILD_BIRTHDAY, WEDDING_ANNIVERSARY, HOME_ANNIVERSARY, CUSTOM
}
