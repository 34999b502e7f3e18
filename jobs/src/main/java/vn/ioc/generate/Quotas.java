package vn.ioc.generate;

import java.util.SplittableRandom;

/**
 * Exact quotas instead of random draws: exactly round(n × share) of n items get a property, chosen by a seeded
 * shuffle. Rates then hold at any scale up to rounding, which random draws cannot promise for small demos.
 */
final class Quotas {
    private Quotas() {}

    /** Marks round(eligible count × share) of the eligible positions, chosen at random. */
    static boolean[] pick(boolean[] eligible, double share, SplittableRandom rnd) {
        int count = 0;
        for (boolean e : eligible) {
            if (e) {
                count++;
            }
        }
        int[] positions = new int[count];
        int p = 0;
        for (int i = 0; i < eligible.length; i++) {
            if (eligible[i]) {
                positions[p++] = i;
            }
        }
        return mark(eligible.length, positions, (int) Math.round(count * share), rnd);
    }

    /** Marks exactly {@code k} of the given positions (k is capped by how many there are). */
    static boolean[] mark(int size, int[] positions, int k, SplittableRandom rnd) {
        for (int i = positions.length - 1; i > 0; i--) {
            int j = rnd.nextInt(i + 1);
            int t = positions[i];
            positions[i] = positions[j];
            positions[j] = t;
        }
        boolean[] out = new boolean[size];
        for (int i = 0; i < Math.min(k, positions.length); i++) {
            out[positions[i]] = true;
        }
        return out;
    }

    static boolean[] all(int n) {
        boolean[] b = new boolean[n];
        java.util.Arrays.fill(b, true);
        return b;
    }
}
