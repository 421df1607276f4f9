/**
 * A user's module: needs only what the client and JDBC modules export (its tests use the testkit and H2, as a user's
 * would).
 */
module dev.smppkit.moduletest {
    requires dev.smppkit.client;
    requires dev.smppkit.jdbc;

    exports dev.smppkit.moduletest;
}
