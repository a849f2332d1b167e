/**
 * Where a stack comes from: a folder on disk, or a path inside a git commit's tree. A git stack is
 * read with JGit straight from the object database (no {@code git} binary, no checkout: the
 * user's working tree is never touched); a remote repository is fetched into a bare cache under
 * the state folder first. Either way the result is what {@code StackReader.read(shownName, bytes)}
 * needs, and diagnostics name the file as {@code REV:path}. JGit stays inside this package, and
 * every JGit failure leaves it as a one-line {@link dev.berth.source.SourceException}.
 */
package dev.berth.source;
