package org.citybridge.platform.jobs;

/** What a long job tells its user as it goes: how much there is, and how much is done. */
public interface JobProgress {

    /** How many steps the whole job has, once known. */
    void total(long steps);

    /** One more step done. */
    void advance();

    /** Steps done so far, for work that counts by itself. */
    void done(long steps);

    /** Progress nobody watches, for the same work run straight in a request or a test. */
    JobProgress NONE = new JobProgress() {
        @Override
        public void total(long steps) {
        }

        @Override
        public void advance() {
        }

        @Override
        public void done(long steps) {
        }
    };
}
