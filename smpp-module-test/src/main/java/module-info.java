/** A user's module: needs only what the client module exports (its tests use the testkit, as a user's would). */
module dev.smppkit.moduletest {
    requires dev.smppkit.client;

    exports dev.smppkit.moduletest;
}
