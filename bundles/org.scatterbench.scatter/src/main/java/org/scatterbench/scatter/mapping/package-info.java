/** From fields to meaning: one {@link org.scatterbench.model.Layout} per storage section. Internal. */
package org.scatterbench.scatter.mapping;
