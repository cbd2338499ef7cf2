/** Chart.js charts, each with its figures as a table beside it: published to the features that draw charts. */
@NullMarked
@NamedInterface("charts")
package org.imcregistry.ui.charts;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
