/** Types for the single-list files of the @zxcvbn-ts language packages that the name rules import. */
declare module '@zxcvbn-ts/language-*' {
  const list: string[];
  export default list;
}
