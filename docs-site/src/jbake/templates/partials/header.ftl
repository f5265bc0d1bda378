<header class="site-header">
<a class="site-title" href="index.html">Java Discord Bot Guide</a>
<a class="guides-link" href="#guides">Guides</a>
<#-- Search and the theme switch need JavaScript, so they stay hidden until search.js and site.js reveal them. -->
<div class="site-search" role="search" hidden>
<label class="visually-hidden" for="search-input">Search the guides</label>
<input id="search-input" class="search-input" type="search" placeholder="Search the guides" autocomplete="off"
  aria-describedby="search-status">
<p id="search-status" class="visually-hidden" aria-live="polite"></p>
<ul id="search-results" class="search-results" aria-label="Search results" hidden></ul>
</div>
<button type="button" class="theme-toggle" aria-label="Dark theme" aria-pressed="false" hidden>
<svg class="theme-icon" aria-hidden="true" focusable="false" viewBox="0 0 24 24" width="20" height="20"><circle cx="12" cy="12" r="8.5" fill="none" stroke="currentColor" stroke-width="2"/><path d="M12 3.5a8.5 8.5 0 0 1 0 17z"/></svg>
</button>
</header>
