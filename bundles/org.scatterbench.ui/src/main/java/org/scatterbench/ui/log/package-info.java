/** The protocol log: a sink fed by java.util.logging and the platform log, and the view that shows it. */
package org.scatterbench.ui.log;
