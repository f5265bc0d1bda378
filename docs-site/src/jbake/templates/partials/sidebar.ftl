<nav id="guides" class="sidebar" aria-label="Guides">
<h2 class="sidebar-title">Guides</h2>
<ol class="guide-list">
<#list guides as guide>
<li><a href="${guide.uri}"<#if guide.uri == content.uri> aria-current="page"</#if>>${guide.title}</a></li>
</#list>
</ol>
</nav>
