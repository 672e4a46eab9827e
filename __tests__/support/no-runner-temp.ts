// Jest runs in CI as a step of a GitHub job, with the runner's RUNNER_TEMP in its
// environment. The action counts the annotations its steps make in a job in a
// file there (src/report/step-annotations.ts): tests that annotate in this
// process would add to the CI job's count, and later tests would find the job's
// 50 spent. In-process tests run as off a runner, as they do on a developer's
// machine; the tests that run the bundle give it a RUNNER_TEMP of its own
// (support/run-action.ts).
delete process.env.RUNNER_TEMP
