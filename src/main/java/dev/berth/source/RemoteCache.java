package dev.berth.source;

import dev.berth.model.Secret;
import org.eclipse.jgit.api.FetchCommand;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.transport.FetchResult;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.jgit.transport.URIish;
import org.eclipse.jgit.transport.UsernamePasswordCredentialsProvider;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * A remote repository mirrored into {@code STATE_DIR/git/<hash of the URL>} as a bare repository:
 * every branch and tag fetched again on each run (forced, deleted ones pruned), and HEAD set as the
 * remote advertises it, so revisions resolve as they would in a fresh clone.
 */
final class RemoteCache {
    private RemoteCache() {}

    static boolean isUrl(String repository) { return repository.matches("(?i)(file|https?|ssh|git)://.*"); }

    /** The URL without a password, as plans and messages show it. */
    static String shown(String url) {
        try {
            URIish uri = new URIish(url);
            return uri.getPass() == null ? url : uri.setPass(null).toString();
        } catch (URISyntaxException e) {
            throw new SourceException("'" + url + "' is not a repository URL: " + e.getReason());
        }
    }

    static Repository fetch(String url, Path stateDir, Optional<Secret> token) {
        String shown = shown(url);
        if (!url.regionMatches(true, 0, "file://", 0, 7) && !url.regionMatches(true, 0, "https://", 0, 8)
                && !url.regionMatches(true, 0, "http://", 0, 7)) {
            throw new SourceException("cannot fetch " + shown + ": only file:// and https:// URLs are supported (or a local folder)");
        }
        Path cache = stateDir.resolve("git").resolve(key(shown) + ".git");
        try {
            Files.createDirectories(cache.getParent());
            Repository repository = Files.isDirectory(cache) ? Git.open(cache.toFile()).getRepository()
                    : Git.init().setBare(true).setDirectory(cache.toFile()).call().getRepository();
            FetchCommand fetch = new Git(repository).fetch().setRemote(url).setRemoveDeletedRefs(true)
                    .setRefSpecs(new RefSpec("+refs/heads/*:refs/heads/*"), new RefSpec("+refs/tags/*:refs/tags/*"));
            if (token.isPresent()) fetch.setCredentialsProvider(new UsernamePasswordCredentialsProvider(user(url), token.get().reveal()));
            pointHead(repository, fetch.call());
            return repository;
        } catch (GitAPIException | IOException | RuntimeException e) {
            String why = String.valueOf(e.getMessage()).replace(url, shown);
            if (token.isPresent()) why = why.replace(token.get().reveal(), "<redacted>");
            throw new SourceException("cannot fetch " + shown + ": " + why
                    + (token.isEmpty() && url.startsWith("https") ? " (a private repository needs BERTH_GIT_TOKEN)" : ""));
        }
    }

    /** The cache's HEAD follows the remote's, a branch when it says which, else the commit. */
    private static void pointHead(Repository repository, FetchResult result) throws IOException {
        Ref head = result.getAdvertisedRef(Constants.HEAD);
        if (head == null) return;
        RefUpdate update = repository.updateRef(Constants.HEAD, !head.isSymbolic());
        if (head.isSymbolic()) {
            update.link(head.getTarget().getName());
        } else if (head.getObjectId() != null) {
            update.setNewObjectId(head.getObjectId());
            update.forceUpdate();
        }
    }

    /** The URL's user name when it has one (GitLab's {@code oauth2}), else one that GitHub and Gitea accept with a token. */
    private static String user(String url) {
        try {
            String user = new URIish(url).getUser();
            return user == null || user.isEmpty() ? "x-access-token" : user;
        } catch (URISyntaxException e) {
            return "x-access-token";
        }
    }

    private static String key(String url) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(url.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash).substring(0, 16);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
