/** The writers behind {@link org.scatterbench.scatter.ScatterConverter}. Internal. */
package org.scatterbench.scatter.convert;
