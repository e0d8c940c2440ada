/** Where things sit in a copied Electron runtime for a platform. */
export declare function runtimeLayout(
  runtimeRoot: string,
  executableName: string,
  platform: string,
): { fuseTarget: string; resources: string; infoPlist: string | null };
/** Info.plist with the archive's header hash under ElectronAsarIntegrity. */
export declare function withAsarIntegrity(plist: string, headerHash: string): string;
/** Packages the app into `outDir`; returns where it went and the fuses read back from it. */
export declare function packageApp(options: {
  electronExecutable: string;
  appRoot?: string;
  outDir?: string;
  platform?: string;
  arch?: string;
}): Promise<{ target: string; fuses: Record<string, boolean | number> }>;
