/** The checks behind {@link org.scatterbench.scatter.ScatterValidator}, whose codes are in {@link org.scatterbench.scatter.ScatterCodes}. Internal. */
package org.scatterbench.scatter.validation;
