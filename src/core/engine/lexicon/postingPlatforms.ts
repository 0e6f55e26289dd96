/**
 * Social networks and video sites people post on, as in "wrote Elizabeth Warren on Twitter": after a name, "on" and one
 * of these begin where the post appeared, never more of the name (unlike "Stratford on Avon", "Rostov on Don").
 * Entries are proper names written as the news writes them, matched case-sensitively.
 */
export const POSTING_PLATFORMS = new Set([
  'Twitter',
  'Facebook',
  'Instagram',
  'YouTube',
  'TikTok',
  'Telegram',
  'Weibo',
  'WeChat',
  'WhatsApp',
  'LinkedIn',
  'Reddit',
  'Snapchat',
  'Tumblr',
  'Twitch',
  'Parler',
  'Gab',
  'Mastodon',
  'Substack',
  'VKontakte',
  'Flickr',
]);
