import type { TestProject } from 'vitest/node';
import { startStaticServer } from './staticServer.ts';
import { testSiteDir } from './testSites.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** URL of the sample site, served at the root. */
    sampleUrl: string;
    /** URL of the sample site built and served under /rencai/. */
    sampleBaseUrl: string;
    /** URL of the real-document site, served at the root. */
    realUrl: string;
  }
}

/** Serves the built test sites for the browser tests. */
export default async function setup(project: TestProject) {
  const sample = await startStaticServer(testSiteDir('sample'));
  const sampleBase = await startStaticServer(testSiteDir('sampleBase'), '/rencai/');
  const real = await startStaticServer(testSiteDir('real'));
  project.provide('sampleUrl', sample.url);
  project.provide('sampleBaseUrl', sampleBase.url);
  project.provide('realUrl', real.url);
  return () => {
    sample.server.close();
    sampleBase.server.close();
    real.server.close();
  };
}
