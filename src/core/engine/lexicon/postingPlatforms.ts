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
  // "LJ user drugoi further condensed [ru] …:" (gv-russia-open-hostility-putin-inauguration-2012-05-08): LiveJournal, as
  // Global Voices names it in full and in short.
  'LiveJournal',
  'LJ',
]);
