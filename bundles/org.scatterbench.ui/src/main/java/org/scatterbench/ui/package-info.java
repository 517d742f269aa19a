/** The Scatterbench workbench: RCP application, Flash perspective, window and the views shared by all tools. */
package org.scatterbench.ui;
