/**
 * Still pictures and charts a colon sentence may present ("Twitter user Dudinha Sales shared an image of the crowd:"):
 * what it sets off shows or describes the picture, not anyone's words. A video, footage or a clip is not here, as it
 * holds speech ("… cites a video of Argentine Santiago Bou:", Global Voices, Colombia, May 2012). Lower case.
 */
export const PICTURE_NOUNS: ReadonlySet<string> = new Set([
  'photo',
  'photos',
  'photograph',
  'photographs',
  'image',
  'images',
  'picture',
  'pictures',
  'banner',
  'banners',
  'poster',
  'posters',
  'cartoon',
  'cartoons',
  'drawing',
  'drawings',
  'infographic',
  'infographics',
  'chart',
  'charts',
  'graph',
  'graphs',
  'slideshow',
  'gallery',
  'screenshot',
  'screenshots',
]);
