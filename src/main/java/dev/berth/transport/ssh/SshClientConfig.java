package dev.berth.transport.ssh;

import com.hierynomus.sshj.key.KeyAlgorithms;
import com.hierynomus.sshj.transport.cipher.BlockCiphers;
import com.hierynomus.sshj.transport.cipher.GcmCiphers;
import com.hierynomus.sshj.transport.kex.DHGroups;
import com.hierynomus.sshj.transport.kex.ExtInfoClientFactory;
import com.hierynomus.sshj.transport.mac.Macs;
import net.schmizz.keepalive.KeepAliveProvider;
import net.schmizz.sshj.DefaultConfig;
import net.schmizz.sshj.common.SecurityUtils;
import net.schmizz.sshj.transport.kex.Curve25519SHA256;
import net.schmizz.sshj.transport.kex.DHGexSHA256;
import net.schmizz.sshj.transport.kex.ECDHNistP;

import java.util.List;

/**
 * sshj's configuration, trimmed to what the JDK alone does well. BouncyCastle is not registered:
 * its registration costs about 300 ms at every start of the CLI, and Java 17 has X25519, Ed25519,
 * ECDH, AES-GCM and AES-CTR itself. The algorithm lists are fixed instead of probed, because
 * sshj's probing logs every cipher the JDK lacks (chacha20-poly1305 needs Poly1305, which the JDK
 * does not offer alone). Built once: sshj creates fresh algorithm instances per connection, so the
 * configuration is shared by all threads.
 */
final class SshClientConfig extends DefaultConfig {
    static final SshClientConfig INSTANCE;

    static {
        // Before sshj's first cryptographic call in this JVM (parsing known_hosts is one): sshj
        // registers BouncyCastle on first use and never undoes it.
        SecurityUtils.setRegisterBouncyCastle(false);
        INSTANCE = new SshClientConfig();
    }

    private SshClientConfig() {
        setLoggerFactory(SshLogging.FACTORY);
        // KEEP_ALIVE sends keepalive@openssh.com and kills the transport after unanswered ones,
        // so a dead peer becomes CONNECTION_LOST instead of a read that waits forever.
        setKeepAliveProvider(KeepAliveProvider.KEEP_ALIVE);
    }

    @Override
    protected void initKeyExchangeFactories() {
        setKeyExchangeFactories(
                new Curve25519SHA256.Factory(),
                new Curve25519SHA256.FactoryLibSsh(),
                new ECDHNistP.Factory256(),
                new ECDHNistP.Factory384(),
                new ECDHNistP.Factory521(),
                new DHGexSHA256.Factory(),
                DHGroups.Group14SHA256(),
                DHGroups.Group16SHA512(),
                // announces that we understand server-sig-algs, so RSA keys sign with SHA-2
                new ExtInfoClientFactory());
    }

    @Override
    protected void initKeyAlgorithms() {
        setKeyAlgorithms(List.of(
                KeyAlgorithms.EdDSA25519(),
                KeyAlgorithms.ECDSASHANistp256(),
                KeyAlgorithms.ECDSASHANistp384(),
                KeyAlgorithms.ECDSASHANistp521(),
                KeyAlgorithms.RSASHA512(),
                KeyAlgorithms.RSASHA256()));
    }

    @Override
    protected void initCipherFactories() {
        setCipherFactories(GcmCiphers.AES256GCM(), GcmCiphers.AES128GCM(), BlockCiphers.AES256CTR(), BlockCiphers.AES128CTR());
    }

    @Override
    protected void initMACFactories() {
        setMACFactories(Macs.HMACSHA2256Etm(), Macs.HMACSHA2512Etm(), Macs.HMACSHA2256(), Macs.HMACSHA2512());
    }
}
