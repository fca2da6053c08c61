declare module '@vercel/ncc' {
  interface NccAsset {
    source: Buffer | string
    permissions?: number
  }
  interface NccOptions {
    quiet?: boolean
    license?: string
    sourceMap?: boolean
    minify?: boolean
    target?: string
    transpileOnly?: boolean
    esm?: boolean
    externals?: string[]
  }
  interface NccResult {
    code: string
    map?: string
    assets: Record<string, NccAsset>
  }
  export default function ncc(entry: string, options?: NccOptions): Promise<NccResult>
}
