/**
 * The SSH transport, and the only place sshj appears. {@link dev.berth.transport.ssh.SshHostConnector}
 * resolves a node's address, user, port and keys (stack first, then {@code ~/.ssh/config}, then
 * SSH's defaults), checks the host key strictly against known_hosts, authenticates with a key
 * file, and hands back a host that keeps one connection for all its commands. Each command runs
 * on its own exec channel as the POSIX-quoted form of its argv, under {@code sudo -n} when asked.
 *
 * <p>Not supported, on purpose or for now: ssh-agent (sshj needs extra libraries for it),
 * encrypted keys (nobody is there to type a passphrase), ProxyJump, {@code Match} and
 * {@code Include} in ssh_config, host certificates ({@code @cert-authority}), and remote login
 * shells that are not POSIX (fish, csh) since the exec string is POSIX-quoted.
 */
package dev.berth.transport.ssh;
