/** A lossless reader of the XML scatter (its own small lexer: a DOM would not keep the bytes). Internal. */
package org.scatterbench.scatter.xml;
