<#if (currentIndex >= 0) && (guides?size > 1)>
<nav class="pager" aria-label="Previous and next guide">
<#if (currentIndex > 0)>
<#assign previous = guides[currentIndex - 1]>
<a class="pager-previous" href="${previous.uri}" rel="prev"><span class="pager-label">Previous</span> ${previous.title}</a>
</#if>
<#if (currentIndex < guides?size - 1)>
<#assign next = guides[currentIndex + 1]>
<a class="pager-next" href="${next.uri}" rel="next"><span class="pager-label">Next</span> ${next.title}</a>
</#if>
</nav>
</#if>
