/**
 * The bridge from a stack to its simulated lab: which simulated hosts and disks a stack's nodes
 * and pools become, and the pools that the stack expects to exist already, built in advance.
 */
package dev.berth.lab;
