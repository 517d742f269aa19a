/** The Download view: SP-Flash-Tool-familiar fields and table, planner verdicts, mode presets, Start/Stop. */
package org.scatterbench.ui.download;
