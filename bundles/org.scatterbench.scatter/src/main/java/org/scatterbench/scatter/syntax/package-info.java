/**
 * The concrete syntax shared by every generation: a document is a list of tokens whose
 * concatenation is the file, with fields bound to their value tokens. Editing a field rewrites one
 * token, which is why an edit cannot disturb the bytes around it. Internal: not exported.
 */
package org.scatterbench.scatter.syntax;
