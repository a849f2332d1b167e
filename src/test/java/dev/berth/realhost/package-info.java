/**
 * End-to-end tests against real hosts on this machine: real OpenSSH servers in their own
 * namespaces, real LVM2 on loop devices and the real drbd-utils, started by
 * {@code scripts/realhost/up} and stopped by {@code down} ({@link dev.berth.realhost.RealHostsExtension}).
 * Tagged {@code realhost}; skipped with a printed reason where the machine cannot run them, and
 * failed instead under {@code CI=true}.
 */
package dev.berth.realhost;
