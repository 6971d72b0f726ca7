/**
 * Stand-ins for JDK operations a short command cannot afford at start-up (issue 21): the same
 * answers, reached without linking the JDK's own lambdas. The build sends exoplan's calls of those
 * operations here (src/build/Desugar.java); the source keeps calling the JDK's API. Depends on the
 * JDK alone, and every package may use it (ArchitectureTest), as it may use the JDK.
 */
package dev.exoplan.jdk;
