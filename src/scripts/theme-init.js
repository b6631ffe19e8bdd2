// The stored light/dark choice, pinned before the first paint: see SiteHead.astro.
try{var t=localStorage.getItem('theme');if(t==='light'||t==='dark')document.documentElement.dataset.theme=t}catch(e){}
