<#-- The table of contents lists the page's h2 and h3 sections, read from the ids Asciidoctor gives them. -->
<#assign headings = content.body?matches('<h([23]) id="([^"]+)">(.*?)</h[23]>', 's')>
<#if (headings?size > 1)>
<nav class="toc" aria-labelledby="toc-title">
<h2 id="toc-title" class="toc-title">On this page</h2>
<ol>
<#list headings as heading>
<li class="toc-level-${heading?groups[1]}"><a href="#${heading?groups[2]}">${site.plainText(heading?groups[3])}</a></li>
</#list>
</ol>
</nav>
</#if>
