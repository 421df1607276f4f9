package dev.smppkit.client.internal.gateway;

import dev.smppkit.client.gateway.Route;
import java.util.List;
import java.util.Map;

/**
 * Picks the account of one route tier for the next message: smooth weighted round robin (each pick adds every
 * candidate's weight to its score, takes the highest score and subtracts the total from it) among the accounts that
 * are up and asking for messages now. Only those asking are scored, so a busy account's share goes to the others
 * instead of waiting, and under full load the split follows the weights. Per route tier; dispatcher lock only.
 */
final class TierPicker {
    /** The tier has an account that is up, but none is asking for messages now: wait for it. */
    static final AccountLane WAIT = null;

    final AccountLane[] lanes;
    private final int[] weights;
    private final int[] score;

    TierPicker(List<Route.Member> members, Map<String, AccountLane> byName, String routeName) {
        lanes = new AccountLane[members.size()];
        weights = new int[members.size()];
        score = new int[members.size()];
        for (int i = 0; i < lanes.length; i++) {
            AccountLane lane = byName.get(members.get(i).account());
            if (lane == null) {
                throw new IllegalArgumentException("route '" + routeName + "' names account '"
                        + members.get(i).account() + "', which does not exist; accounts are " + byName.keySet());
            }
            lanes[i] = lane;
            weights[i] = members.get(i).weight();
        }
    }

    /** Whether an account of this tier that {@code message} has not tried is up now. */
    boolean anyUp(Routed message, long nowNanos) {
        for (AccountLane lane : lanes) {
            if (!message.tried(lane) && lane.up(nowNanos)) {
                return true;
            }
        }
        return false;
    }

    /** The account to send {@code message} now, or {@link #WAIT} if none of those up is asking. */
    AccountLane pick(Routed message, long nowNanos) {
        int total = 0;
        int best = -1;
        for (int i = 0; i < lanes.length; i++) {
            AccountLane lane = lanes[i];
            if (message.tried(lane) || !lane.up(nowNanos) || lane.openDemand() == 0) {
                continue;
            }
            score[i] += weights[i];
            total += weights[i];
            if (best < 0 || score[i] > score[best]) {
                best = i;
            }
        }
        if (best < 0) {
            return WAIT;
        }
        score[best] -= total;
        return lanes[best];
    }
}
