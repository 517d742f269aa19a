/** Line-based readers of the text generations: legacy braces, OTA list, V1.x and V2.x. Internal. */
package org.scatterbench.scatter.text;
