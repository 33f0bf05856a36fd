package org.citybridge.platform.jobs;

/** What a long job tells its user as it goes: how much there is, how much is done, and what it is doing. */
public interface JobProgress {

    /** How many steps the whole job has, once known. */
    void total(long steps);

    /** One more step done. */
    void advance();

    /** Steps done so far, for work that counts by itself. */
    void done(long steps);

    /**
     * What the work is doing now, in the user's language, shown with the progress in place of the bare count (e.g.
     * "正在检查第 120 / 3000 行……"); kept with the next count written.
     */
    void phase(String label);

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

        @Override
        public void phase(String label) {
        }
    };
}
