package dev.smppkit.spring.boot.internal;

import dev.smppkit.spring.boot.SmppAccountProperties;
import java.util.Map;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Matches when {@code smppkit.accounts.*} names at least one account (the gateway); {@link Single} matches when it
 * names none (the single-account client). Bound with Spring's relaxed rules, like the properties themselves.
 */
public class OnAccountsCondition implements Condition {
    /** Created by Spring. */
    public OnAccountsCondition() {}

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return hasAccounts(context);
    }

    static boolean hasAccounts(ConditionContext context) {
        return Binder.get(context.getEnvironment())
                .bind("smppkit.accounts", Bindable.mapOf(String.class, SmppAccountProperties.class))
                .map(Map::isEmpty)
                .map(empty -> !empty)
                .orElse(false);
    }

    /** The opposite: no {@code smppkit.accounts.*}, so the single account of {@code smppkit.*}. */
    public static class Single implements Condition {
        /** Created by Spring. */
        public Single() {}

        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !hasAccounts(context);
        }
    }
}
