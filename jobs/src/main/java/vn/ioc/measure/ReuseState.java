package vn.ioc.measure;

import vn.ioc.enrich.RegistryMatch;

/**
 * Everything {@link ReuseJoin} knows of one dossier, in one value: one state read and one write per input, which on
 * RocksDB is far cheaper than a value and two maps to iterate.
 */
public class ReuseState {
    public ReuseDossier dossier;
    public RegistryMatch[] matches = new RegistryMatch[0];
    public ReuseCall[] calls = new ReuseCall[0];
    /** Fingerprint of the last row sent, so that an input that changes nothing sends nothing. */
    public int lastSent;
    public boolean sent;
    /** When this state is released (processing time, ms), or 0 while the dossier is open. */
    public long releaseAt;

    void put(RegistryMatch match) {
        for (int i = 0; i < matches.length; i++) {
            if (matches[i].registry.equals(match.registry)) {
                matches[i] = match;
                return;
            }
        }
        matches = java.util.Arrays.copyOf(matches, matches.length + 1);
        matches[matches.length - 1] = match;
    }

    void put(ReuseCall call) {
        for (int i = 0; i < calls.length; i++) {
            if (calls[i].callId.equals(call.callId)) {
                calls[i] = call;
                return;
            }
        }
        calls = java.util.Arrays.copyOf(calls, calls.length + 1);
        calls[calls.length - 1] = call;
    }
}
