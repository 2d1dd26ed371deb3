/** The web app, driven end to end in a real browser against the running service. */
package com.rootline.web;
