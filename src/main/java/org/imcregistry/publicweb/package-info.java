/**
 * The public web beside the Vaadin app: server-rendered pages of published good practices (one permanent address a
 * record, lists by theme, country, goal and date), {@code robots.txt}, the sitemap and an Atom feed, for search
 * engines, link previews, feed readers and people without the app. Only published records that no competition holds
 * back appear here, whoever asks; the Vaadin app stays the place where people work.
 */
@NullMarked
package org.imcregistry.publicweb;

import org.jspecify.annotations.NullMarked;
