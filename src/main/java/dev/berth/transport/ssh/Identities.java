package dev.berth.transport.ssh;

import dev.berth.transport.HostException;
import net.schmizz.sshj.SSHClient;
import net.schmizz.sshj.common.Factory;
import net.schmizz.sshj.userauth.UserAuthException;
import net.schmizz.sshj.userauth.keyprovider.FileKeyProvider;
import net.schmizz.sshj.userauth.keyprovider.KeyProvider;
import net.schmizz.sshj.userauth.keyprovider.KeyProviderUtil;
import net.schmizz.sshj.userauth.method.AuthPublickey;
import net.schmizz.sshj.transport.TransportException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Public-key authentication with the key files of {@link ConnectionSettings}, one at a time, so
 * that a refusal can say which keys were offered and which could not even be read. No agent: sshj
 * reaches ssh-agent only through extra libraries (jsch-agent-proxy), and no passphrases: Berth
 * runs unattended, so an encrypted key is reported as unusable rather than prompted for.
 */
final class Identities {
    private Identities() {}

    static void authenticate(SSHClient client, ConnectionSettings settings) throws HostException, TransportException {
        List<String> offered = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (Path file : settings.identityFiles()) {
            if (!Files.isRegularFile(file)) {
                // a default key that is absent is normal; a key the user named is worth a word
                if (settings.explicitKeys()) skipped.add(file + " (missing)");
                continue;
            }
            String description;
            KeyProvider key;
            try {
                key = load(file);
                description = file + " (" + key.getType() + " " + HostKeys.fingerprint(key.getPublic()) + ")";
            } catch (IOException | RuntimeException e) {
                skipped.add(file + " (unreadable" + (e.getMessage() == null ? "" : ": " + e.getMessage()) + "; encrypted keys are not supported)");
                continue;
            }
            try {
                client.auth(settings.user(), new AuthPublickey(key));
                return;
            } catch (UserAuthException e) {
                Throwable cause = e.getCause();
                offered.add(description + (cause == null ? "" : " [" + cause.getMessage() + "]"));
            }
        }
        throw new HostException(HostException.Kind.AUTHENTICATION_FAILED, settings.node(), refusal(client, settings, offered, skipped));
    }

    private static String refusal(SSHClient client, ConnectionSettings settings, List<String> offered, List<String> skipped) {
        StringBuilder message = new StringBuilder(settings.node() + " (" + settings.endpoint() + ") did not let "
                + settings.user() + " in. ");
        message.append(offered.isEmpty() ? "No key could be offered. " : "Refused keys: " + String.join(", ", offered) + ". ");
        if (!skipped.isEmpty()) message.append("Not offered: ").append(String.join(", ", skipped)).append(". ");
        if (offered.isEmpty() && skipped.isEmpty()) {
            message.append("Looked for ").append(settings.identityFiles()).append(". ");
        }
        try {
            message.append("The host accepts: ").append(String.join(", ", client.getUserAuth().getAllowedMethods())).append(". ");
        } catch (RuntimeException ignored) {
            // nothing was attempted, so the host never said
        }
        return message.append("Add the public key to ~").append(settings.user()).append("/.ssh/authorized_keys on the host, ")
                .append("or name the right key with identityFile.").toString();
    }

    /** As sshj's {@code SSHClient.loadKeys}, but without a client: the format is sniffed from the file. */
    private static KeyProvider load(Path file) throws IOException {
        String format = KeyProviderUtil.detectKeyFileFormat(file.toFile()).toString();
        FileKeyProvider provider = Factory.Named.Util.create(SshClientConfig.INSTANCE.getFileKeyProviderFactories(), format);
        if (provider == null) throw new IOException("unknown key format " + format);
        provider.init(file.toFile());
        return provider;
    }
}
