/**
 * The apply journal: what an apply did, written before and after every step so that a crash, a
 * lost CI runner or a second operator can tell exactly where it stopped.
 *
 * <p>{@link dev.berth.journal.Journal} appends one JSON object per line to
 * {@code <state-dir>/journal/<stack>-<time>-<plan id prefix>.jsonl} and fsyncs each line before it
 * returns: the first line holds the whole plan (so {@code --resume} and {@code rollback} need
 * nothing else), then one line per step phase ({@link dev.berth.journal.Phase}) with the commands,
 * their exit codes and standard error (already redacted by apply: the journal never sees a secret),
 * and a last line with the outcome. {@link dev.berth.journal.JournalReader} reads it back into a
 * {@link dev.berth.journal.JournalHistory}: the plan and the last phase of every step.
 *
 * <p>Two small files live on the hosts, rendered here and written by apply through the transport:
 * {@link dev.berth.journal.InProgressRecord} ({@code /var/lib/berth/in-progress.json}, so another
 * machine sees an unfinished apply) and {@link dev.berth.journal.HostStateRecord}
 * ({@code /var/lib/berth/state.json}, what was last applied and which node-ids are retired).
 */
package dev.berth.journal;
