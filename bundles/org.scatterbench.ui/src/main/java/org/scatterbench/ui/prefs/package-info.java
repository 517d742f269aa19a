/** Preferences: keys, defaults, typed access and the Flashing preference page. */
package org.scatterbench.ui.prefs;
